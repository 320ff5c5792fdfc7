"use server";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZAddCommentSchema, ZCommentStatusSchema } from "@/lib/validation/workflow-schemas";
import { addComment, setCommentStatus } from "@/lib/comments/comment-ops";

const add = defineAction(ZAddCommentSchema, addComment);
const setStatus = defineAction(ZCommentStatusSchema, setCommentStatus);

/** A comment on a report, a section or a quoted passage; or a reply in a thread. */
export async function addCommentAction(input: z.input<typeof ZAddCommentSchema>) {
  const result = await add(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Resolves or reopens a comment thread. */
export async function setCommentStatusAction(input: z.input<typeof ZCommentStatusSchema>) {
  const result = await setStatus(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
