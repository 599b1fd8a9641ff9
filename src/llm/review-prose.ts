// llm: what a model may add to a review — prose only. It is a value beside the Review, never
// merged into it, so nothing a model writes can reach a severity, the verdict, labels or reviewers.

/** One migration step the model wrote, tied to a change the diff engine detected. */
export interface ProsePlanStep {
  /** The spec (head path) whose change it addresses. */
  spec: string;
  /** `METHOD /path` of the detected change, or `Whole API` for document-level changes. */
  operation: string;
  /** The detected change's check id. */
  changeId: string;
  /** Plain text: no links, mentions, images or HTML. */
  text: string;
}

/** Design advice on a new or changed operation: advisory, never a finding. */
export interface DesignNote {
  operation: string;
  text: string;
}

/** The model was not asked: not configured, or there was nothing to write about. Renders as before. */
export interface ProseOff {
  status: 'off';
  reason: string;
}

/** The model was asked and its answer is not used; `note` is the one line the comment shows. */
export interface ProseFallback {
  status: 'fallback';
  /** Why, e.g. "the model did not answer within 30 s". */
  reason: string;
  /** The one line the comment shows. */
  note: string;
}

export interface ProseFromModel {
  status: 'model';
  model: string;
  migrationPlan: ProsePlanStep[];
  designNotes: DesignNote[];
  changelog: string[];
  /** Steps dropped because they named no detected change (said in the comment, not silently). */
  droppedSteps: number;
}

export type ReviewProse = ProseOff | ProseFallback | ProseFromModel;

/** The operation name used for changes that concern no single operation (as the deterministic plan). */
export const wholeApi = 'Whole API';
