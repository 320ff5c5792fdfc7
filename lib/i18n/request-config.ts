/** The time zone every date is shown in: the offices using Summa are in China. */
export const TIME_ZONE = "Asia/Shanghai";
