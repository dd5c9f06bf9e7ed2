// oih-checklist/react holds types only (react.d.ts): the JSX types of
// <oih-checklist> for React 19. Nothing to run.
export {};
