import { InputTypeError, ValueError } from "losslab";
import { handFeatures, inkProfiles, type MnistSet } from "losslab-course";

/** Two 28×28 images: one with ink in row 3 only, one in column 5 only. */
function twoImages(): MnistSet {
  const images = new Float32Array(2 * 784);
  for (let c = 0; c < 28; c++) images[3 * 28 + c] = 1; // row 3 of image 0
  for (let r = 0; r < 28; r++) images[784 + r * 28 + 5] = 0.5; // column 5 of image 1
  return { images, labels: Int32Array.from([4, 7]), count: 2 };
}

describe("inkProfiles", () => {
  it("gives 28 row means then 28 column means per image", () => {
    const [a, b] = inkProfiles(twoImages());
    expect(a).toHaveLength(56);
    expect(a[3]).toBeCloseTo(1, 12); // row 3 full
    expect(a.slice(0, 28).filter((v) => v !== 0)).toHaveLength(1);
    a.slice(28).forEach((v) => expect(v).toBeCloseTo(1 / 28, 12)); // each column holds one lit pixel
    expect(b[28 + 5]).toBeCloseTo(0.5, 12);
    b.slice(0, 28).forEach((v) => expect(v).toBeCloseTo(0.5 / 28, 12));
  });

  it("rejects something that is not an MNIST set", () => {
    expect(() => inkProfiles({ images: new Float32Array(10), labels: new Int32Array(1), count: 1 })).toThrow(InputTypeError);
    expect(() => inkProfiles(null as never)).toThrow(/inkProfiles/);
  });
});

describe("handFeatures", () => {
  it("returns the raw pixels or the ink profiles, with the labels", () => {
    const set = twoImages();
    const pixels = handFeatures(set, "pixels");
    expect(pixels.features).toHaveLength(2);
    expect(pixels.features[1]).toEqual(Array.from(set.images.subarray(784, 1568)));
    expect(pixels.labels).toBe(set.labels);
    expect(handFeatures(set, "inkProfiles").features).toEqual(inkProfiles(set));
  });

  it("names an unknown kind", () => {
    expect(() => handFeatures(twoImages(), "hog" as never)).toThrow(ValueError);
  });
});
