/**
 * The clinic's own questions (clinic-questions.ts) are fetched only for a variant that has
 * some: most booking pages never ask one, and need not carry their controls.
 */

/** The questions' view, once fetched. */
export let questionView: typeof import('./clinic-questions.js') | undefined;

/** Fetches the questions' view, if it is not here yet, and calls `loaded` once it is. */
export function loadQuestionView(loaded: () => void): void {
  if (questionView) return;
  void import('./clinic-questions.js').then((module) => {
    questionView = module;
    loaded();
  });
}
