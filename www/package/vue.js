// oih-checklist/vue holds types only (vue.d.ts): the template types of
// <oih-checklist> for Vue 3 and vue-tsc. Nothing to run.
export {};
