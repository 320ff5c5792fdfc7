"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZAddCommentSchema, ZCommentStatusSchema } from "@/lib/validation/workflow-schemas";
import { addComment, setCommentStatus, type AddCommentInput } from "@/lib/comments/comment-ops";

const add = defineAction(ZAddCommentSchema, addComment);
const setStatus = defineAction(ZCommentStatusSchema, setCommentStatus);

/** A comment on a report, a section or a quoted passage; or a reply in a thread. */
export async function addCommentAction(input: AddCommentInput) {
  const result = await add(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Resolves or reopens a comment thread. */
export async function setCommentStatusAction(input: { commentId: string; status: "OPEN" | "RESOLVED" }) {
  const result = await setStatus(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
