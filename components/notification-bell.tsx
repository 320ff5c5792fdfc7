import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";

/** The bell in the header: a link to the notifications with the number not yet read (none shown at 0). */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link
      href="/notifications"
      prefetch={false}
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
      className="relative inline-flex items-center rounded p-1 text-stone-700 hover:bg-stone-100"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-seal px-1 text-center text-[11px] leading-[1.1rem] text-white" data-testid="notification-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
