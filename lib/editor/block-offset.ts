// The inverse of blockOffsetToPos: a ProseMirror position inside a block → UTF-16 offset in its token text.
import type { Node as PMNode } from "prosemirror-model";

export function posToBlockOffset(block: PMNode, blockStart: number, pos: number): number {
  let text = 0;
  let at = blockStart + 1;
  let result = -1;
  block.forEach((child) => {
    if (result >= 0) return;
    const len = child.isText ? child.text!.length : `{{m:${child.attrs.key as string}}}`.length;
    if (pos < at + child.nodeSize) {
      result = child.isText ? text + (pos - at) : pos === at ? text : text + len;
      return;
    }
    text += len;
    at += child.nodeSize;
  });
  return result >= 0 ? result : text;
}
