import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { buildBoardXlsx, type BoardXlsxLabels } from "./build-board-xlsx";

const labels: BoardXlsxLabels = {
  progressSheet: "报送进度", figuresSheet: "指标汇总", unit: "单位", parent: "上级单位", status: "进度", step: "审批步骤", overdue: "逾期",
  deadline: "截止日期", submitted: "提交时间", approved: "审定时间", updated: "最近更新", version: "汇总所用版本", yes: "是",
  code: "代码", figure: "指标", measure: "计量单位", rule: "汇总方式", total: "合计", coverage: "含单位数",
};

describe("buildBoardXlsx", () => {
  it("writes units × stage with dates as local wall-clock dates, and the rolled-up figures", async () => {
    const bytes = await buildBoardXlsx({
      title: "2041年度",
      deadline: new Date("2041-12-31T09:00:00Z"),
      utcOffsetMinutes: 480,
      labels,
      rows: [
        { unit: "一社区", parent: "街道", status: "已审定", step: null, overdue: false, submittedAt: null, approvedAt: new Date("2042-01-10T02:00:00Z"), updatedAt: null, version: "第1版（已审定）" },
        { unit: "二社区", parent: "街道", status: "未开始", step: null, overdue: true, submittedAt: null, approvedAt: null, updatedAt: null, version: null },
      ],
      figureUnits: ["一社区", "二社区"],
      figures: [{ key: "lectures", label: "开展宣讲", unit: "场", rule: "各单位相加", total: 30, coverage: "1/2", perUnit: [30, "尚未报送"] }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const progress = wb.getWorksheet("报送进度")!;
    expect(progress.getRow(1).values).toEqual([undefined, "单位", "上级单位", "进度", "审批步骤", "逾期", "截止日期", "提交时间", "审定时间", "最近更新", "汇总所用版本"]);
    expect(progress.getCell("A2").value).toBe("一社区");
    expect(progress.getCell("C2").value).toBe("已审定");
    expect((progress.getCell("H2").value as Date).toISOString()).toBe("2042-01-10T10:00:00.000Z"); // 10:00 in Shanghai
    expect((progress.getCell("F3").value as Date).toISOString()).toBe("2041-12-31T17:00:00.000Z");
    expect(progress.getCell("E3").value).toBe("是");
    expect(progress.getCell("G3").value).toBeNull();
    const figures = wb.getWorksheet("指标汇总")!;
    expect(figures.getRow(1).values).toEqual([undefined, "代码", "指标", "计量单位", "汇总方式", "合计", "含单位数", "一社区", "二社区"]);
    expect(figures.getRow(2).values).toEqual([undefined, "lectures", "开展宣讲", "场", "各单位相加", 30, "1/2", 30, "尚未报送"]);
  });
});
