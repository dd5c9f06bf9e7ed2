// Vue 3 template types for <oih-checklist>, a separate entry so that pages
// without Vue never load Vue's types. Use it once in the app:
//   import type {} from 'oih-checklist/vue';
// (or list "oih-checklist/vue" in tsconfig's compilerOptions.types).
// vue-tsc then checks the element's attributes in templates: a heading level
// outside 1 to 6 always fails; a misspelt attribute fails with
// `"vueCompilerOptions": { "strictTemplates": true }` (or checkUnknownProps).
// Vue's compiler still needs `isCustomElement` for the tag: these are types
// only, and the element is not a Vue component.
//
// vue-tsc checks a component's props in camelCase, so the template's
// `heading-level` is the `headingLevel` key here. Write it `heading-level` in
// templates: the element reads that attribute (a `headingLevel` attribute
// reaches it as `headinglevel`, which it does not read).
import type { FunctionalComponent, HTMLAttributes, ReservedProps } from 'vue';

/** The attributes the element reads (custom-elements.json lists them), keyed as vue-tsc checks them. */
export interface OihChecklistAttributes {
  /** `heading-level`: level of the widget's title, 1 to 6 (default 2); its sections use the next levels. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  /**
   * Tighter spacing and no introduction, for sidebars: write `compact`, or
   * bind `true` or `null` (`:compact="narrow || null"`). Not `false`: Vue
   * writes it as `compact="false"`, and the attribute being there is what counts.
   */
  compact?: true | '' | null;
  /** The widget's language (default: the element's or page's `lang`): English, or Spanish for `es` and `es-*`. */
  lang?: string;
}

/** What a Vue template accepts on <oih-checklist>: Vue's HTML attributes, `key` and `ref`, and the element's own. */
export interface OihChecklistProps extends HTMLAttributes, ReservedProps, OihChecklistAttributes {}

declare module 'vue' {
  interface GlobalComponents {
    'oih-checklist': FunctionalComponent<OihChecklistProps>;
  }
}
