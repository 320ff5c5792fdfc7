export const PEER_HEADER: string;
export const ACTION_BODY_LIMIT: number;
export function refuseRequest(req: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): { status: number; code: string } | null;
export function refusalText(code: string, acceptLanguage?: string): string;
