"use client";
// 插入指标 (Alt+M): type to filter the report's figures by name or code, Enter inserts the first match (or
// the one chosen with the arrow keys) at the caret. A known figure is Alt+M, a letter or two, Enter.
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { chipText, type FigureInfo } from "./figure-store";

export function rankFigures(all: FigureInfo[], query: string): FigureInfo[] {
  const q = query.trim().toLowerCase();
  if (q === "") return all;
  const score = (f: FigureInfo) => {
    const key = f.key.toLowerCase();
    if (key.startsWith(q)) return 0;
    if (f.label.startsWith(q)) return 1;
    if (f.label.includes(q)) return 2;
    if (key.includes(q)) return 3;
    return -1;
  };
  return all
    .map((f) => ({ f, s: score(f) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s)
    .map((x) => x.f);
}

export function FigurePicker(props: { figures: FigureInfo[]; onPick: (key: string) => void; onClose: () => void }) {
  const t = useTranslations("editor.picker");
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => rankFigures(props.figures, query), [props.figures, query]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  const choose = (i: number) => {
    const f = matches[i];
    if (f) props.onPick(f.key);
  };
  return (
    <div role="dialog" aria-modal="true" aria-label={t("title")} className="fixed inset-0 z-40 flex items-start justify-center bg-black/20 p-4 pt-[15vh] font-sans" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div className="w-full max-w-md rounded border border-stone-300 bg-white p-3 shadow-lg">
        <label htmlFor="figure-picker-query" className="block text-sm font-medium">
          {t("title")}
        </label>
        <input
          ref={input}
          id="figure-picker-query"
          role="combobox"
          aria-expanded="true"
          aria-controls="figure-picker-list"
          aria-activedescendant={matches[active] ? `figure-option-${matches[active].key}` : undefined}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, matches.length - 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === "Enter") {
              e.preventDefault();
              choose(active);
            } else if (e.key === "Escape") {
              e.preventDefault();
              props.onClose();
            }
          }}
          placeholder={t("placeholder")}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
        />
        <ul id="figure-picker-list" role="listbox" aria-label={t("list")} className="mt-2 max-h-72 overflow-auto text-sm">
          {matches.length === 0 && <li className="px-2 py-1 text-stone-500">{t("none")}</li>}
          {matches.map((f, i) => (
            <li
              key={f.key}
              id={`figure-option-${f.key}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              className={`flex cursor-pointer justify-between gap-2 rounded px-2 py-1 ${i === active ? "bg-amber-100" : ""}`}
            >
              <span>
                {f.label} <code className="text-xs text-stone-500">{f.key}</code>
              </span>
              <span className="text-stone-600">{chipText(f).text}</span>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-stone-500">{t("hint")}</p>
      </div>
    </div>
  );
}
