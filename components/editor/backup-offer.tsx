"use client";
// Local backups found after a crash or a closed tab are offered at the top of the page, each naming its
// section — not inside the section below the fold while the header says 已保存.
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";

export interface BackupEntry {
  id: string;
  place: string;
  savedAt: string;
  preview: string;
  restore: () => void;
  discard: () => void;
}

interface BackupRegistry {
  offer: (e: BackupEntry) => void;
  withdraw: (id: string) => void;
  entries: BackupEntry[];
}

const BackupContext = createContext<BackupRegistry>({ offer: () => {}, withdraw: () => {}, entries: [] });

export function BackupProvider({ children }: { children: React.ReactNode }) {
  const [entries, setEntries] = useState<BackupEntry[]>([]);
  const value = useMemo<BackupRegistry>(
    () => ({
      entries,
      offer: (e) => setEntries((list) => [...list.filter((x) => x.id !== e.id), e]),
      withdraw: (id) => setEntries((list) => (list.some((x) => x.id === id) ? list.filter((x) => x.id !== id) : list)),
    }),
    [entries],
  );
  return <BackupContext.Provider value={value}>{children}</BackupContext.Provider>;
}

export function useBackups() {
  return useContext(BackupContext).entries;
}

/** Registers an autosaving field's pending backup (if any) with the page-top banner. */
export function useBackupOffer(entry: BackupEntry | null) {
  const { offer, withdraw } = useContext(BackupContext);
  const id = entry?.id;
  const present = entry !== null;
  const savedAt = entry?.savedAt;
  const place = entry?.place;
  const entryRef = useMemo(() => ({ current: entry }), []); // eslint-disable-line react-hooks/exhaustive-deps
  entryRef.current = entry;
  useEffect(() => {
    const e = entryRef.current;
    if (!e) return;
    // Functions read through the ref, so the banner always restores the newest state.
    offer({ ...e, restore: () => entryRef.current?.restore(), discard: () => entryRef.current?.discard() });
    return () => withdraw(e.id);
  }, [id, present, savedAt, place, offer, withdraw, entryRef]);
}

export function BackupBanner() {
  const entries = useBackups();
  const t = useTranslations("editor.backup");
  const format = useFormatter();
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="backup-offer">
      <p className="font-medium">{t("bannerTitle", { count: entries.length })}</p>
      <ul className="space-y-2">
        {entries.map((e) => (
          <li key={e.id} className="space-y-1" data-testid="backup-entry" aria-label={e.place}>
            <p>{t("found", { place: e.place, time: format.dateTime(new Date(e.savedAt), { dateStyle: "short", timeStyle: "medium" }) })}</p>
            <pre className="max-h-24 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-doc">{e.preview}</pre>
            <div className="flex flex-wrap gap-2">
              <button type="button" onClick={e.restore} className="rounded bg-seal px-3 py-1 text-white">
                {t("restore")}
              </button>
              <button type="button" onClick={e.discard} className="rounded border border-stone-300 bg-white px-3 py-1">
                {t("discard")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
