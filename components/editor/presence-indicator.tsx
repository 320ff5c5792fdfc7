"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";

export interface PresentUser {
  id: string;
  name: string;
}

type PresenceAct<O> = (input: { reportId: string }) => Promise<ActionResult<O>>;

/** How often the editor tells the server it is still open; the server counts anyone seen within 45 s. */
const HEARTBEAT_MS = 15_000;

/**
 * "周丽 也在编辑此报告": who else has this report's editor open. Beats on mount, every 15 s and when the
 * tab becomes visible again; says goodbye when the page is hidden for good or the editor unmounts.
 * Renders nothing while the user is alone. Presence is a courtesy: a failed beat changes nothing on
 * screen (the last list stays) and is retried by the next one.
 */
export function PresenceIndicator({
  reportId,
  heartbeat,
  leave,
}: {
  reportId: string;
  heartbeat: PresenceAct<PresentUser[]>;
  leave: PresenceAct<unknown>;
}) {
  const t = useTranslations("presence");
  const [others, setOthers] = useState<PresentUser[]>([]);

  useEffect(() => {
    let active = true;
    // One call at a time, in order: a beat still in flight must not land after the leave and bring the
    // row back.
    let queue: Promise<unknown> = Promise.resolve();
    const enqueue = (fn: () => Promise<unknown>) => (queue = queue.then(fn).catch(() => undefined));

    const beat = () =>
      enqueue(async () => {
        if (!active) return;
        const result = await heartbeat({ reportId });
        if (active && result.ok) setOthers(result.data);
      });
    const goodbye = () => enqueue(() => leave({ reportId }));

    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    const onVisibility = () => {
      if (document.visibilityState === "visible") beat();
    };
    const onPageHide = () => {
      // Best effort: the page may be gone before the request is sent (sendBeacon cannot call a server action).
      void goodbye();
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) beat(); // back from the back/forward cache after a pagehide
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      active = false;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      void goodbye();
    };
  }, [reportId, heartbeat, leave]);

  if (others.length === 0) return null;
  const names = others.map((u) => u.name).join(t("separator"));
  return (
    <p role="status" aria-label={t("label")} data-testid="presence" className="text-sm text-stone-600">
      {t("others", { names, count: others.length })}
    </p>
  );
}
