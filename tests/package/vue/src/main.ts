import { createApp } from 'vue'
import 'oih-checklist'
import App from './App.vue'

createApp(App).mount('#app')
