"use client";
// The node view of a figure atom: a chip showing value and unit (the label only in its accessible name and
// tooltip, so it is never printed twice). Enter, a click, or typing a digit on a selected chip edits its
// value in place; the value goes to the figure's register row, which saves it version-checked.
import type { Node as PMNode } from "prosemirror-model";
import { NodeSelection, TextSelection } from "prosemirror-state";
import type { EditorView, NodeView } from "prosemirror-view";
import { chipText, type FigureStore } from "./figure-store";

export interface FigureViewText {
  chipLabel: (label: string, shown: string) => string;
  unknown: (key: string) => string;
  inputLabel: (label: string) => string;
}

export interface FigureViewHooks {
  /** Alt+J / Alt+Shift+J pressed while editing a chip: commit first, then move on. */
  onNavigate: (view: EditorView, afterPos: number, backwards: boolean) => void;
}

const chipOf = new WeakMap<HTMLElement, FigureView>();

/** The chip under a node selection, if any (to start editing from the keyboard). */
export function selectedChip(view: EditorView): FigureView | null {
  const sel = view.state.selection;
  if (!(sel instanceof NodeSelection) || sel.node.type.name !== "figure") return null;
  const dom = view.nodeDOM(sel.from);
  return dom instanceof HTMLElement ? (chipOf.get(dom) ?? null) : null;
}

export class FigureView implements NodeView {
  dom: HTMLElement;
  private input: HTMLInputElement | null = null;
  private unsubscribe: () => void;

  constructor(
    private node: PMNode,
    private view: EditorView,
    private getPos: () => number | undefined,
    private store: FigureStore,
    private text: FigureViewText,
    private hooks: FigureViewHooks,
  ) {
    this.dom = document.createElement("span");
    this.dom.className = "pm-chip";
    this.dom.dataset.testid = "metric-chip";
    this.dom.dataset.key = node.attrs.key as string;
    this.dom.contentEditable = "false";
    chipOf.set(this.dom, this);
    this.dom.addEventListener("click", (e) => {
      if (this.input) return;
      e.preventDefault();
      this.startEdit();
    });
    this.unsubscribe = store.subscribe(() => this.render());
    this.render();
  }

  private get key(): string {
    return this.node.attrs.key as string;
  }

  render() {
    if (this.input) return;
    const f = this.store.get(this.key);
    const shown = chipText(f);
    this.dom.textContent = shown.text;
    this.dom.classList.toggle("pm-chip-empty", shown.empty);
    this.dom.classList.toggle("pm-chip-invalid", shown.invalid);
    this.dom.dataset.empty = shown.empty ? "true" : "false";
    const name = f ? this.text.chipLabel(f.label, shown.text) : this.text.unknown(this.key);
    this.dom.setAttribute("aria-label", name);
    this.dom.title = name;
  }

  startEdit(initial?: string) {
    const f = this.store.get(this.key);
    if (!f || this.input) return;
    const pos = this.getPos();
    if (pos !== undefined && !(this.view.state.selection instanceof NodeSelection && this.view.state.selection.from === pos)) {
      this.view.dispatch(this.view.state.tr.setSelection(NodeSelection.create(this.view.state.doc, pos)));
    }
    const input = document.createElement("input");
    input.type = "text";
    input.inputMode = "decimal";
    input.className = "pm-chip-input";
    input.value = initial ?? f.valueText;
    input.size = Math.max(3, input.value.length + 1);
    input.setAttribute("aria-label", this.text.inputLabel(f.label));
    input.dataset.testid = "chip-input";
    const unit = document.createElement("span");
    unit.textContent = f.unit;
    this.dom.textContent = "";
    this.dom.classList.add("pm-chip-editing");
    this.dom.append(input, unit);
    this.input = input;
    const original = f.valueText;
    // The value goes to the register row as it is typed (autosaved from there), so the count of blanks, the
    // register and every other chip of this figure follow keystroke by keystroke.
    if (initial !== undefined) this.store.edit(this.key, initial);
    input.addEventListener("input", () => {
      input.size = Math.max(3, input.value.length + 1);
      this.store.edit(this.key, input.value.trim());
    });
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === "Escape") {
        e.preventDefault();
        if (e.key === "Escape") this.store.edit(this.key, original);
        this.finish();
        this.caretAfter();
      } else if (e.altKey && e.key.toLowerCase() === "j") {
        e.preventDefault();
        e.stopPropagation();
        this.finish();
        const pos = this.getPos();
        if (pos !== undefined) this.hooks.onNavigate(this.view, e.shiftKey ? pos : pos + 1, e.shiftKey);
      }
    });
    input.addEventListener("blur", () => this.finish());
    input.focus();
    if (initial === undefined) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }

  private finish() {
    if (!this.input) return;
    this.input = null;
    this.dom.classList.remove("pm-chip-editing");
    this.render();
  }

  private caretAfter() {
    const pos = this.getPos();
    this.view.focus();
    if (pos === undefined) return;
    const { state } = this.view;
    this.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos + 1)));
  }

  selectNode() {
    this.dom.classList.add("pm-chip-selected");
  }

  deselectNode() {
    this.dom.classList.remove("pm-chip-selected");
  }

  update(node: PMNode) {
    if (node.type !== this.node.type || node.attrs.key !== this.node.attrs.key) return false;
    this.node = node;
    return true;
  }

  stopEvent(e: Event) {
    return this.input !== null && e.target === this.input;
  }

  ignoreMutation() {
    return true;
  }

  destroy() {
    this.unsubscribe();
  }
}
