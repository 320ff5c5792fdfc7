import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-translations";
import { LoginForm } from "@/components/login-form";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { signInAction } from "@/lib/actions/sign-in";
import { setLocaleAction } from "@/lib/actions/set-locale";
import { getActor } from "@/lib/auth/current-actor";
import { ClientMessages } from "@/components/client-messages";

async function LoginPageView({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const next = params.next?.startsWith("/") && !params.next.startsWith("//") ? params.next : "/";
  if (await getActor()) redirect(next);
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <div className="flex justify-end">
        <LocaleSwitcher action={setLocaleAction} />
      </div>
      <div>
        <p className="text-lg font-semibold text-seal">{t("app.name")}</p>
        <h1 className="text-2xl font-semibold">{t("login.title")}</h1>
      </div>
      <LoginForm action={signInAction} next={next} notice={params.signedOut ? t("login.signedOut") : null} />
    </main>
  );
}

export default function LoginPage(props: Parameters<typeof LoginPageView>[0]) {
  return (
    <ClientMessages namespaces={["login"]}>
      <LoginPageView {...props} />
    </ClientMessages>
  );
}
