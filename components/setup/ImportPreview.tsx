import type { ImportedParagraph, ImportWarning } from '@/lib/import/types';

/** The paragraphs an import would create, with their labels and brackets, and what the parser noticed. */
export function ImportPreview({
  paragraphs,
  warnings,
  counts,
}: {
  paragraphs: ImportedParagraph[];
  warnings: ImportWarning[];
  counts: { preambular: number; operative: number; brackets: number };
}) {
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview</h2>
      <p data-testid="import-summary">
        {paragraphs.length} paragraph{paragraphs.length === 1 ? '' : 's'}: {counts.preambular} preambular, {counts.operative} operative;{' '}
        {counts.brackets} bracketed span{counts.brackets === 1 ? '' : 's'}.
      </p>
      {warnings.length > 0 ? (
        <div className="notice notice-warning">
          <p>Please check:</p>
          <ul className="import-warnings">
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="import-paragraphs">
        {paragraphs.map((paragraph) => (
          <li key={paragraph.label} className="import-paragraph" data-testid={`preview-${paragraph.label}`}>
            <span className="import-label">{paragraph.label}</span>
            <span className="import-kind">{paragraph.kind}</span>
            <span className="import-text">
              {paragraph.runs.map((run, index) =>
                run.bracketed ? (
                  <mark key={index} className="import-bracket">
                    [{run.text}]
                  </mark>
                ) : (
                  <span key={index}>{run.text}</span>
                ),
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
