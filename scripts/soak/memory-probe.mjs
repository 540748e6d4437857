// Loaded into the soak's server with NODE_OPTIONS=--import (plain JS: it runs before tsx is
// registered). Writes the server's own view of its memory to SOAK_MEMORY_FILE every 2 s, so the
// soak can tell the JS heap and external buffers apart from native allocations in the RSS.
import fs from 'node:fs';

const file = process.env.SOAK_MEMORY_FILE;
if (file) {
  setInterval(() => {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
    fs.renameSync(`${file}.tmp`, file);
  }, 2000).unref();
}
