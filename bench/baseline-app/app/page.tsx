// A bare force-dynamic page: rendered on every request, twenty paragraphs of text.
export const dynamic = "force-dynamic";

export default function Page() {
  const paragraphs = Array.from({ length: 20 }, (_, i) => `第${i + 1}段：围绕年度目标，持续深化理论宣讲和文明创建，群众满意度稳步提升。`);
  return (
    <main>
      <h1>{new Date().toISOString()}</h1>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  );
}
