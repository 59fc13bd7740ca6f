// The embed builder while the demo runs (npm start): its styles and script from src/builder.
import '../src/builder/builder.css';
import '../src/builder/builder.js';
