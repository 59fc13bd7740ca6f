// The embed page while the demo runs (npm start), for the builder's preview: from src/embed.
import '../src/embed/embed.css';
import '../src/embed/embed.js';
