import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { TIME_ZONE } from "@/lib/i18n/request-config";
import { Button } from "@/components/ui/button";

export interface NotificationRow {
  id: string;
  text: string;
  href: string;
  read: boolean;
  createdAt: Date;
}

/** The notifications, newest first: unread ones marked, each opening its place (and so read) or marked read. */
export async function NotificationList(props: { rows: NotificationRow[]; open: (form: FormData) => Promise<void>; markRead: (form: FormData) => Promise<void> }) {
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  const unread = props.rows.filter((r) => !r.read).length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span data-testid="notifications-unread">{t("unreadCount", { count: unread })}</span>
        {unread > 0 && (
          <form action={props.markRead}>
            <Button type="submit">{t("markAllRead")}</Button>
          </form>
        )}
      </div>
      {props.rows.length === 0 ? (
        <p className="text-sm text-stone-500">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={t("list")}>
          {props.rows.map((n) => (
            <li key={n.id} className={`flex flex-col gap-2 p-3 sm:flex-row sm:items-center ${n.read ? "" : "bg-amber-50/60"}`} data-testid="notification" data-read={n.read}>
              <div className="min-w-0 flex-1 space-y-1">
                <p className={`break-words text-sm ${n.read ? "text-stone-700" : "font-medium text-stone-900"}`}>{n.text}</p>
                <p className="text-xs text-stone-500">
                  <span className={n.read ? "" : "text-seal"}>{n.read ? t("read") : t("unread")}</span>
                  {" · "}
                  <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE })}</time>
                </p>
              </div>
              <div className="flex gap-2 text-sm">
                <form action={props.open}>
                  <input type="hidden" name="id" value={n.id} />
                  <Button type="submit" variant="primary">
                    {t("open")}
                  </Button>
                </form>
                {!n.read && (
                  <form action={props.markRead}>
                    <input type="hidden" name="id" value={n.id} />
                    <Button type="submit">{t("markRead")}</Button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
