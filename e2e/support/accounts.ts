// Demo accounts created by prisma/seed.ts (see README, "Demo accounts").
export const PASSWORD = "Summa@2025";
export const ACCOUNTS = {
  admin: { email: "admin@qingshan.gov.cn", name: "系统管理员" },
  staff: { email: "wangfang@qingshan.gov.cn", name: "王芳" },
  coDrafter: { email: "zhouli@qingshan.gov.cn", name: "周丽" },
  leader: { email: "liqiang@qingshan.gov.cn", name: "李强" },
  leader2: { email: "zhaomin@qingshan.gov.cn", name: "赵敏" },
  otherStaff: { email: "chenjing@qingshan.gov.cn", name: "陈静" },
  rateLimitVictim: { email: "liuyang@qingshan.gov.cn", name: "刘洋" },
  disableMe: { email: "sunli@qingshan.gov.cn", name: "孙丽" },
} as const;
