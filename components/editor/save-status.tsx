"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useBackups } from "./backup-offer";

/** Where one autosaving field stands; the registry below sums them up for the page. */
export type SaveState = "saved" | "dirty" | "saving" | "retrying" | "conflict" | "error";

interface Registry {
  report: (id: string, state: SaveState) => void;
  forget: (id: string) => void;
}

const RegistryContext = createContext<Registry>({ report: () => {}, forget: () => {} });
const StatesContext = createContext<Record<string, SaveState>>({});

export function useSaveRegistry() {
  return useContext(RegistryContext);
}

/** Collects every autosaving field's state so the page can tell the truth about all of them at once. */
export function SaveStatusProvider({ children }: { children: React.ReactNode }) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const report = useCallback((id: string, state: SaveState) => setStates((s) => (s[id] === state ? s : { ...s, [id]: state })), []);
  const forget = useCallback((id: string) => setStates(({ [id]: _gone, ...rest }) => rest), []);
  const registry = useMemo(() => ({ report, forget }), [report, forget]);

  // Leaving the page with unsaved text asks first (the local backup exists either way).
  const unsaved = Object.values(states).some((s) => s !== "saved");
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return (
    <RegistryContext.Provider value={registry}>
      <StatesContext.Provider value={states}>{children}</StatesContext.Provider>
    </RegistryContext.Provider>
  );
}

const PRIORITY: SaveState[] = ["conflict", "error", "retrying", "saving", "dirty", "saved"];

/** The page-wide save state: the worst state of any field. */
export function SaveStatusIndicator() {
  const t = useTranslations("editor.save");
  const states = Object.values(useContext(StatesContext));
  const backups = useBackups().length;
  const saved = PRIORITY.find((p) => states.includes(p)) ?? "saved";
  // Everything on the server, but a local backup still differs: "已保存" would not be the whole truth.
  const worst = saved === "saved" && backups > 0 ? "backup" : saved;
  const tone = worst === "saved" ? "text-emerald-700" : worst === "saving" || worst === "dirty" ? "text-stone-600" : worst === "backup" ? "text-amber-800" : "text-red-700";
  return (
    <span role="status" aria-live="polite" className={`text-sm ${tone}`} data-testid="save-status" data-state={worst}>
      {t(worst)}
    </span>
  );
}
