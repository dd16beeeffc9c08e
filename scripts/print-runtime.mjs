// CI output shows which runtime ran the tests (the project pins Node 24 as a dev dependency).
console.log(`runtime: node ${process.version} (${process.execPath})`);
