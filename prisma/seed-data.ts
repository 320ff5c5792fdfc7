// Demo organisation and accounts. Passwords are published in README.md: this is demo data, for trying
// Summa out; a real installation changes or disables these accounts.
export const DEMO_PASSWORD = "Summa@2025";

export const UNITS = [
  { code: "qingshan", name: "青山街道", parent: null, sortOrder: 0 },
  { code: "qingshan-xcb", name: "青山街道宣传办", parent: "qingshan", sortOrder: 1 },
  { code: "donghu", name: "东湖社区", parent: "qingshan", sortOrder: 2 },
  { code: "xishan", name: "西山社区", parent: "qingshan", sortOrder: 3 },
  { code: "nanyuan", name: "南苑社区", parent: "qingshan", sortOrder: 4 },
  // A second, separate tree (review & approval tests): its leaders must not see 青山街道's reports.
  { code: "hongqi", name: "红旗街道", parent: null, sortOrder: 10 },
  { code: "hongqi-dzb", name: "红旗街道党政办", parent: "hongqi", sortOrder: 11 },
] as const;

export const USERS = [
  { email: "admin@qingshan.gov.cn", name: "系统管理员", roles: [["qingshan", "ADMIN"]] },
  { email: "wangfang@qingshan.gov.cn", name: "王芳", roles: [["qingshan-xcb", "STAFF"]] },
  { email: "zhouli@qingshan.gov.cn", name: "周丽", roles: [["qingshan-xcb", "STAFF"]] },
  { email: "liqiang@qingshan.gov.cn", name: "李强", roles: [["qingshan-xcb", "LEADER"]] },
  { email: "zhaomin@qingshan.gov.cn", name: "赵敏", roles: [["qingshan", "LEADER"]] },
  { email: "chenjing@qingshan.gov.cn", name: "陈静", roles: [["donghu", "STAFF"]] },
  { email: "liuyang@qingshan.gov.cn", name: "刘洋", roles: [["xishan", "STAFF"]] },
  { email: "sunli@qingshan.gov.cn", name: "孙丽", roles: [["nanyuan", "STAFF"]] },
  { email: "hejun@hongqi.gov.cn", name: "何军", roles: [["hongqi", "LEADER"]] },
  // Drafts for 党政办 and also leads it: the separation of duties stops him approving his own report.
  { email: "xuming@hongqi.gov.cn", name: "徐明", roles: [["hongqi-dzb", "STAFF"], ["hongqi-dzb", "LEADER"]] },
  { email: "gaoyan@hongqi.gov.cn", name: "高燕", roles: [["hongqi-dzb", "LEADER"]] },
] as const;

/**
 * The figures of the culture-work summary. `literal` is how the figure reads in the 2024 report: the seed
 * turns the first occurrence into a {{m:key}} token so the text and the register stay one.
 */
export const METRICS = [
  { key: "lecture_teams", label: "宣讲小分队", unit: "支", value2024: 4, literal: "宣讲小分队4支" },
  { key: "lectures", label: "开展宣讲", unit: "场", value2024: 86, literal: "宣讲86场" },
  { key: "study_sessions", label: "机关干部集中学习", unit: "次", value2024: 12, literal: "集中学习12次" },
  { key: "seminars", label: "专题研讨", unit: "次", value2024: 6, literal: "专题研讨6次" },
  { key: "research_reports", label: "调研报告", unit: "篇", value2024: 3, literal: "调研报告3篇" },
  { key: "role_models", label: "先进典型", unit: "人", value2024: 32, literal: "先进典型32人" },
  { key: "conventions", label: "修订居民公约", unit: "份", value2024: 9, literal: "居民公约9份" },
  { key: "posters", label: "公益广告", unit: "幅", value2024: 140, literal: "公益广告140幅" },
  { key: "volunteer_teams", label: "新组建志愿服务队", unit: "支", value2024: 5, literal: "志愿服务队5支" },
  { key: "volunteers", label: "注册志愿者", unit: "人", value2024: 1860, literal: "达到1860人" },
  // In a roll-up the growth rate is recomputed from the summed 注册志愿者 of this year and last (lib/rollup).
  { key: "volunteer_growth", label: "注册志愿者增长率", unit: "%", value2024: 12.5, literal: "增长12.5%", aggregation: "GROWTH", numeratorKey: "volunteers" },
  { key: "volunteer_activities", label: "志愿活动", unit: "次", value2024: 210, literal: "志愿活动210次" },
  { key: "service_hours", label: "志愿服务时长", unit: "小时", value2024: 15600, literal: "时长15600小时" },
  { key: "investment", label: "文化阵地投资", unit: "万元", value2024: 85, literal: "投资85万元" },
  { key: "reading_rooms", label: "新建社区书屋", unit: "个", value2024: 3, literal: "书屋3个" },
  { key: "culture_squares", label: "新建文化广场", unit: "处", value2024: 2, literal: "广场2处" },
  { key: "visitors", label: "接待群众", unit: "万人次", value2024: 6.8, literal: "群众6.8万人次" },
  { key: "festivals", label: "主题节庆活动", unit: "场", value2024: 18, literal: "活动18场" },
  { key: "contests", label: "参加区级比赛", unit: "次", value2024: 4, literal: "比赛4次" },
  { key: "awards", label: "获得奖项", unit: "个", value2024: 3, literal: "奖项3个" },
] as const;

/** Replaces the first `literal` of each metric with its token, keeping the words around the number. */
export function tokenizeFigures(text: string): string {
  let out = text;
  for (const m of METRICS) {
    const number = String(m.value2024);
    const at = out.indexOf(m.literal);
    if (at < 0) continue;
    const numberAt = out.indexOf(number, at);
    out = out.slice(0, numberAt) + `{{m:${m.key}}}` + out.slice(numberAt + number.length + m.unit.length);
  }
  return out;
}
