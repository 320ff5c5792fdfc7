import { AppHeader } from "@/components/app-header";
import { getActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { listReportsToReview } from "@/lib/reports/list-reports";
import { signOutAction } from "@/lib/actions/sign-out";
import { setLocaleAction } from "@/lib/actions/set-locale";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Each page guards itself with requireActor(its own path), which knows where to come back to after
  // signing in; the layout only decides whether there is a navigation bar to draw.
  const actor = await getActor();
  if (!actor) return <main id="main">{children}</main>;
  const toReview = canAnywhere(actor, "report.review") ? (await listReportsToReview(actor)).length : 0;
  return (
    <>
      <AppHeader
        userName={actor.name}
        showAdmin={canAnywhere(actor, "admin.view")}
        toReviewCount={toReview}
        signOut={signOutAction}
        setLocale={setLocaleAction}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
