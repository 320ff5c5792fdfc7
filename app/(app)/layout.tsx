import { AppHeader } from "@/components/app-header";
import { NotificationBell } from "@/components/notification-bell";
import { countUnread } from "@/lib/notifications/inbox";
import { getActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { listReportsToReview, listReturnedToMe } from "@/lib/reports/list-reports";
import { signOutAction } from "@/lib/actions/sign-out";
import { setLocaleAction } from "@/lib/actions/set-locale";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Each page guards itself with requireActor(its own path), which knows where to come back to after
  // signing in; the layout only decides whether there is a navigation bar to draw.
  const actor = await getActor();
  if (!actor) return <main id="main">{children}</main>;
  // A delegate (委托审批) reviews for the leader who named them, whatever their own role.
  const reviews = canAnywhere(actor, "report.review") || (actor.actingFor?.length ?? 0) > 0;
  const drafts = canAnywhere(actor, "report.edit");
  const [toReview, returned, unread] = await Promise.all([
    reviews ? listReportsToReview(actor) : [],
    drafts ? listReturnedToMe(actor) : [],
    countUnread(actor),
  ]);
  return (
    <>
      <AppHeader
        userName={actor.name}
        showAdmin={canAnywhere(actor, "admin.view")}
        showReview={reviews}
        toReviewCount={toReview.length}
        returnedCount={returned.filter((r) => r.returnKind !== "REOPENED").length}
        reopenedCount={returned.filter((r) => r.returnKind === "REOPENED").length}
        showBoard={canAnywhere(actor, "round.board")}
        bell={<NotificationBell unread={unread} />}
        signOut={signOutAction}
        setLocale={setLocaleAction}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
