import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";
import { LocaleSwitcher } from "./locale-switcher";

export async function AppHeader(props: {
  userName: string;
  showAdmin: boolean;
  /** Reviewers: 待我审核 with the number of reports waiting for their decision. */
  showReview: boolean;
  toReviewCount: number;
  /** Drafters: 被退回, shown while a report of theirs is back with them. */
  returnedCount: number;
  /** Drafters: 已重新打开, shown while an approved report of theirs was reopened and not resubmitted. */
  reopenedCount: number;
  /** The notification bell (a server-rendered link with the unread count). */
  bell?: React.ReactNode;
  /** Admins and leaders: the round boards. */
  showBoard: boolean;
  signOut: () => Promise<void>;
  setLocale: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("nav");
  const tReview = await getTranslations("review.nav");
  const tApp = await getTranslations("app");
  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" className="font-semibold text-seal">
          {tApp("name")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap gap-3 text-sm">
          <Link href="/" className="hover:underline">
            {t("home")}
          </Link>
          {props.showReview && (
            <Link href="/#to-review" className="hover:underline">
              {t("toReview")}
              {props.toReviewCount > 0 && (
                <span className="ml-1 rounded-full bg-seal px-1.5 text-xs text-white" data-testid="to-review-count">
                  {props.toReviewCount}
                </span>
              )}
            </Link>
          )}
          {props.returnedCount > 0 && (
            <Link href="/#returned" className="hover:underline">
              {tReview("returned")}
              <span className="ml-1 rounded-full bg-amber-600 px-1.5 text-xs text-white" data-testid="returned-count">
                {props.returnedCount}
              </span>
            </Link>
          )}
          {props.reopenedCount > 0 && (
            <Link href="/#returned" className="hover:underline">
              {tReview("reopened")}
              <span className="ml-1 rounded-full bg-amber-600 px-1.5 text-xs text-white" data-testid="reopened-count">
                {props.reopenedCount}
              </span>
            </Link>
          )}
          {props.showBoard && (
            // Not prefetched: a board is a heavier page, opened now and then.
            <Link href="/rounds" prefetch={false} className="hover:underline">
              {tReview("boards")}
            </Link>
          )}
          {props.showAdmin && (
            <Link href="/admin" className="hover:underline">
              {t("admin")}
            </Link>
          )}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          {props.bell}
          <span className="text-stone-600" data-testid="signed-in-as">
            {t("signedInAs", { name: props.userName })}
          </span>
          <LocaleSwitcher action={props.setLocale} />
          <form action={props.signOut}>
            <button className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">{t("signOut")}</button>
          </form>
        </div>
      </div>
    </header>
  );
}
