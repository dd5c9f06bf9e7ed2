import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  // The widget's files load each other by URLs relative to their own
  // (import.meta.url): keep the dev server from pre-bundling it.
  optimizeDeps: { exclude: ['oih-checklist'] },
})
