import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { NotificationList } from "@/components/notification-list";
import { requireActor } from "@/lib/auth/current-actor";
import { listNotifications } from "@/lib/notifications/inbox";
import { notificationText } from "@/lib/notifications/notification-text";
import { markNotificationsReadAction, openNotificationAction } from "@/lib/actions/notification-actions";
import type { Translator } from "@/lib/i18n/section-label";

/** 通知: the signed-in user's notifications, newest first, in their language. */
export default async function NotificationsPage() {
  const actor = await requireActor("/notifications");
  const t = (await getTranslations()) as unknown as Translator;
  const locale = await getLocale();
  const rows = await listNotifications(actor);
  const tn = await getTranslations("notifications");
  const tHome = await getTranslations("nav");
  return (
    <div className="space-y-4">
      <PageHeader backHref="/" back={tHome("home")} title={tn("title")} />
      <NotificationList
        rows={rows.map((r) => ({ id: r.id, href: r.href, read: r.readAt !== null, createdAt: r.createdAt, text: notificationText(t, locale, r) }))}
        open={openNotificationAction}
        markRead={markNotificationsReadAction}
      />
    </div>
  );
}
