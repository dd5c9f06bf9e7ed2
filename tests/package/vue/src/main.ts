import { createApp } from 'vue'
import 'oih-checklist'
import type {} from 'oih-checklist/vue'
import App from './App.vue'

createApp(App).mount('#app')
