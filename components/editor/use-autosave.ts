"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-context";
import { useSaveRegistry, type SaveState } from "./save-status";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

export type { SaveState };


type SaveOutcome<V> = { status: "saved"; version: number } | { status: "conflict"; current: V & { version: number } };
export type SaveResult<V> = ActionResult<SaveOutcome<V>>;

export interface LocalBackup<V> {
  value: V;
  baseVersion: number;
  savedAt: string;
}

const DEBOUNCE_MS = 700;
const MAX_RETRY_MS = 10_000;

function readBackup<V>(key: string): LocalBackup<V> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalBackup<V>) : null;
  } catch {
    return null;
  }
}

/**
 * Autosave with no lost edits, for one record with an optimistic `version`:
 * - saves ~0.7 s after the last change; one request in flight at a time, the newest text goes next;
 * - every change is first copied to localStorage, removed only when the server has acknowledged exactly
 *   that text — so a crash, a closed tab or a dead network leaves a backup that is offered back;
 * - a network failure retries with growing pauses ("not saved — retrying"); a refusal (validation,
 *   locked report) stops and shows why, keeping the text; a save based on an old version comes back as a
 *   conflict holding the server's text, and nothing is overwritten until the user decides.
 */
export function useAutosave<V>(opts: {
  id: string;
  backupKey: string;
  initial: V;
  initialVersion: number;
  equals: (a: V, b: V) => boolean;
  save: (baseVersion: number, value: V) => Promise<ActionResult<SaveOutcome<V>>>;
}) {
  const [value, setValueState] = useState<V>(opts.initial);
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<(V & { version: number }) | null>(null);
  const [backupOffer, setBackupOffer] = useState<LocalBackup<V> | null>(null);
  const [lastRoundTripMs, setLastRoundTripMs] = useState<number | null>(null);

  const valueRef = useRef(value);
  const versionRef = useRef(opts.initialVersion);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(1000);
  const saveRef = useRef(opts.save);
  saveRef.current = opts.save;
  const registry = useSaveRegistry();

  useEffect(() => registry.report(opts.id, state), [registry, opts.id, state]);
  useEffect(() => () => registry.forget(opts.id), [registry, opts.id]);

  // A backup that differs from what the server has is offered back (after a crash or a closed tab).
  useEffect(() => {
    const backup = readBackup<V>(opts.backupKey);
    if (backup && !opts.equals(backup.value, opts.initial)) setBackupOffer(backup);
    else if (backup) window.localStorage.removeItem(opts.backupKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on mount: the server text of first load
  }, []);

  const writeBackup = useCallback(
    (v: V) => {
      try {
        const backup: LocalBackup<V> = { value: v, baseVersion: versionRef.current, savedAt: new Date().toISOString() };
        window.localStorage.setItem(opts.backupKey, JSON.stringify(backup));
      } catch {
        // storage full or disabled: the server save is still attempted
      }
    },
    [opts.backupKey],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const sent = valueRef.current;
    setState("saving");
    const started = performance.now();
    let result: Awaited<ReturnType<typeof opts.save>> | null = null;
    try {
      result = await saveRef.current(versionRef.current, sent);
    } catch {
      result = null; // network down or server unreachable
    }
    inFlight.current = false;
    if (result === null) {
      setState("retrying");
      timer.current = setTimeout(() => void flush(), retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
      return;
    }
    retryDelay.current = 1000;
    setLastRoundTripMs(Math.round(performance.now() - started));
    if (!result.ok) {
      setError(refusalOf(result));
      setState("error");
      return;
    }
    if (result.data.status === "conflict") {
      setConflict(result.data.current);
      setState("conflict");
      return;
    }
    versionRef.current = result.data.version;
    setError(null);
    if (opts.equals(valueRef.current, sent) && !again.current) {
      window.localStorage.removeItem(opts.backupKey);
      setState("saved");
    } else {
      again.current = false;
      void flush();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opts.backupKey, opts.equals]);

  const setValue = useCallback(
    (next: V) => {
      valueRef.current = next;
      setValueState(next);
      writeBackup(next);
      if (conflict) return; // wait for the user to resolve; their text is kept meanwhile
      setState("dirty");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [conflict, flush, writeBackup],
  );

  /** Conflict: save `v` (mine, or mine merged with theirs) over the newer server version — the user has seen both. */
  const resolveWith = useCallback(
    (v: V) => {
      if (!conflict) return;
      versionRef.current = conflict.version;
      valueRef.current = v;
      setValueState(v);
      writeBackup(v);
      setConflict(null);
      void flush();
    },
    [conflict, flush, writeBackup],
  );
  const keepMine = useCallback(() => resolveWith(valueRef.current), [resolveWith]);

  /** Conflict: take the server's text and drop mine (it stays in the backup until the next change). */
  const takeTheirs = useCallback(
    (toValue: (c: V & { version: number }) => V) => {
      if (!conflict) return;
      versionRef.current = conflict.version;
      const v = toValue(conflict);
      valueRef.current = v;
      setValueState(v);
      setConflict(null);
      window.localStorage.removeItem(opts.backupKey);
      setState("saved");
    },
    [conflict, opts.backupKey],
  );

  const restoreBackup = useCallback(() => {
    if (!backupOffer) return;
    // Saved against the version it was typed on: if someone saved since, this becomes a conflict.
    versionRef.current = backupOffer.baseVersion;
    setBackupOffer(null);
    setValue(backupOffer.value);
  }, [backupOffer, setValue]);

  const discardBackup = useCallback(() => {
    window.localStorage.removeItem(opts.backupKey);
    setBackupOffer(null);
  }, [opts.backupKey]);

  return { value, valueRef: useCallback(() => valueRef.current, []), setValue, state, error, conflict, keepMine, resolveWith, takeTheirs, backupOffer, restoreBackup, discardBackup, flush, lastRoundTripMs };
}
