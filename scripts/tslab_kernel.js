#!/usr/bin/env node
/**
 * The course's TypeScript kernel: tslab 1.0.22 as npm installed it, with two changes made from here
 * before it starts (setup.sh registers this file as the kernel, `tslab install --binary`):
 *
 * 1. Only `@types/node` is included without being imported. TypeScript otherwise parses and binds
 *    every package of node_modules/@types in every kernel, and all but node are the test tooling's
 *    (jest, babel, istanbul, yargs: 2.6 MB): 0.4 s of a 1.0 s kernel start, and again in part at
 *    every cell. A package a cell imports by name still finds its types.
 * 2. A shell or control request waits until all five sockets are bound. tslab starts reading the
 *    shell socket before the iopub socket has finished binding, and its first act on a request is to
 *    publish "busy" on iopub: "Socket is blocked by a bind or unbind operation" (EBUSY), an unhandled
 *    rejection, and a kernel_info reply never sent, so the client waits and asks again.
 * 3. A socket that cannot bind ends the process (status 1). jupyter_client picks free ports and
 *    another process can take one before tslab binds it (EADDRINUSE); tslab then kept running without
 *    its sockets, and the client waited its whole startup timeout (120 s in a CI run) before trying a
 *    new kernel. A kernel that exits is seen as dead at once, and the runner (or JupyterLab) starts
 *    another on new ports.
 */
const ts = require("@tslab/typescript-for-tslab");
const { ZmqServer } = require("tslab/dist/jupyter");

const getDirectories = ts.sys.getDirectories;
ts.sys.getDirectories = function (dir) {
  const names = getDirectories.call(this, dir);
  // the type roots are listed with getDirectories only to include all their packages automatically
  return /[\\/]node_modules[\\/]@types[\\/]?$/.test(dir) ? names.filter((name) => name === "node") : names;
};

const init = ZmqServer.prototype.init;
ZmqServer.prototype.init = function (...args) {
  this.losslabBound = init.apply(this, args);
  Promise.resolve(this.losslabBound).catch((error) => {
    process.stderr.write(`tslab_kernel: the kernel's sockets did not bind (${error && (error.code || error.message)}); exiting so that a new kernel is started\n`);
    process.exit(1);
  });
  return this.losslabBound;
};
const handleShellMessage = ZmqServer.prototype.handleShellMessage;
ZmqServer.prototype.handleShellMessage = function (...args) {
  Promise.resolve(this.losslabBound).then(() => handleShellMessage.apply(this, args));
};

require("tslab/dist/main").main();
