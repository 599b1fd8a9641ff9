// render: GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), so a CI job
// that runs the CLI shows each finding as an annotation on the pull request's files, without the
// App. Spec text is hostile: escaping keeps a message from closing the command or starting another.
import type { SourceLocation } from '../specs/source-location.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface WorkflowAnnotation {
  level: AnnotationLevel;
  /** Shown as the annotation's title: the check id or rule code. */
  title: string;
  message: string;
  source: SourceLocation;
}

export function workflowCommand(annotation: WorkflowAnnotation): string {
  const properties = [
    `file=${escapeProperty(annotation.source.file)}`,
    `line=${annotation.source.line}`,
    ...(annotation.source.column !== undefined ? [`col=${annotation.source.column}`] : []),
    `title=${escapeProperty(annotation.title)}`,
  ];
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

// The escapes the Actions runner decodes (actions/toolkit, command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
