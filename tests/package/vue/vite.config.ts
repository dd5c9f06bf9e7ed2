import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <oih-checklist> is a custom element, not a Vue component.
        compilerOptions: { isCustomElement: (tag) => tag === 'oih-checklist' },
      },
    }),
  ],
  // The widget's files load each other by URLs relative to their own
  // (import.meta.url): keep the dev server from pre-bundling it.
  optimizeDeps: { exclude: ['oih-checklist'] },
})
