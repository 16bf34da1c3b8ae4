/*
 * losslab-live-plotly: a JupyterLab 4 mime extension written by hand, no build step.
 *
 * JupyterLab loads a prebuilt ("federated") extension by running the script named in its
 * package.json (jupyterlab._build.load) and then calling, on window._JUPYTERLAB[name],
 * init(shareScope) and get("./mimeExtension"), which must resolve to a function returning the
 * module. That is the whole protocol, so this one file is the extension.
 *
 * Why: jupyterlab-plotly's renderer ignores an update once its graph is drawn (its renderModel
 * returns early), so a figure updated in place by the kernel kept its first frame. losslab's live
 * figures (LiveOutput.figure) add the MIME type below, with the figure itself under the Plotly MIME
 * type; this renderer, preferred for that type, draws the first frame with jupyterlab-plotly's own
 * renderer (same look) and every later frame with Plotly.react on the same node: no new renderer,
 * no flicker, the page does not jump. Without this extension (VS Code, nbconvert, a plain
 * JupyterLab), the unknown type is passed over and the Plotly entry is drawn as before.
 */
var _JUPYTERLAB;
(function () {
  "use strict";
  var NAME = "losslab-live-plotly";
  var LIVE_MIME = "application/vnd.losslab.live-plotly+json";
  var PLOTLY_MIME = "application/vnd.plotly.v1+json";

  function liveExtension(plotlyModule) {
    var RenderedPlotly = plotlyModule.RenderedPlotly;

    class LiveRenderedPlotly extends RenderedPlotly {
      constructor(options) {
        // the figure is read from the Plotly entry of the bundle, as jupyterlab-plotly reads it
        super(Object.assign({}, options, { mimeType: PLOTLY_MIME }));
        this.addClass("losslab-LivePlotly");
        this._frame = null;
        this._frames = 0;
      }

      renderModel(model) {
        var figure = model.data[PLOTLY_MIME];
        if (!figure) return Promise.resolve();
        var frame = JSON.stringify(figure);
        if (frame === this._frame) return Promise.resolve(); // e.g. the PNG snapshot jupyterlab-plotly adds
        this._frame = frame;
        this._frames += 1;
        this.node.dataset.losslabFrames = String(this._frames);
        var Plotly = RenderedPlotly.Plotly;
        if (Plotly === null || !this.hasGraphElement()) return super.renderModel(model);
        // a copy: Plotly keeps and edits the objects it is given, the model's data stays as sent
        var copy = JSON.parse(frame);
        var layout = copy.layout || {};
        if (!layout.height) layout.height = 360; // as jupyterlab-plotly draws the first frame
        return Plotly.react(this.node, copy.data || [], layout, copy.config || {}).then(function () {
          return undefined;
        });
      }
    }

    return {
      __esModule: true,
      default: [
        {
          id: NAME + ":factory",
          rendererFactory: {
            safe: true,
            mimeTypes: [LIVE_MIME],
            defaultRank: 1,
            createRenderer: function (options) {
              return new LiveRenderedPlotly(options);
            },
          },
          // before jupyterlab-plotly's rank 2: a live bundle holds both types
          rank: 1,
          dataType: "json",
        },
      ],
    };
  }

  function plotlyContainer() {
    var containers = typeof window !== "undefined" ? window._JUPYTERLAB || {} : {};
    return containers["jupyterlab-plotly"];
  }

  var container = {
    init: function () {
      return Promise.resolve();
    },
    get: function (module) {
      if (module !== "./mimeExtension") {
        return Promise.reject(new Error('Module "' + module + '" does not exist in container ' + NAME + "."));
      }
      var plotly = plotlyContainer();
      if (!plotly) {
        console.warn(NAME + ": jupyterlab-plotly is not installed; live figures show their first frame only");
        return Promise.resolve(function () {
          return { __esModule: true, default: [] };
        });
      }
      return plotly.get("./mimeExtension").then(function (factory) {
        var module = liveExtension(factory());
        return function () {
          return module;
        };
      });
    },
  };
  (_JUPYTERLAB = _JUPYTERLAB === undefined ? {} : _JUPYTERLAB)[NAME] = container;
})();
