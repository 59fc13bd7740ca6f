// Import the elements before Vue mounts, so that `:data` is set as a property.
import 'outcome-kit/kpi-trend.js';
import 'outcome-kit/outcome-tree.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
