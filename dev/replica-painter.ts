/** One frame of the simulated replica's face: everything that moves. */
export interface FacePose {
  /** How open the mouth is: 0 closed (a smile) to 1. */
  mouth: number;
  /** How open the eyes are: 1 open, 0 shut. */
  eyes: number;
  /** Where the eyes look, each from -1 to 1. */
  gazeX: number;
  gazeY: number;
  /** The head's offset from where it rests, in canvas pixels, and its tilt in radians. */
  headX: number;
  headY: number;
  tilt: number;
  /** How far the eyebrows are raised, 0 to 1. */
  brows: number;
}

export const REST_POSE: Readonly<FacePose> = {
  mouth: 0,
  eyes: 1,
  gazeX: 0,
  gazeY: 0,
  headX: 0,
  headY: 0,
  tilt: 0,
  brows: 0,
};

/** 16:9, as a replica's video is; the face sits in the middle 9:16 strip so a portrait crop keeps all of it. */
export const FACE_WIDTH = 1280;
export const FACE_HEIGHT = 720;
const CX = FACE_WIDTH / 2;
/** High in the frame, so captions over the lower part of a tall crop leave the mouth in sight. */
const HEAD_Y = 285;
/** The figure is drawn at this size around the head, with room to sway inside the portrait strip. */
const SCALE = 1.12;

const INK = '#2b2236';
const SKIN = '#f1b892';
const SKIN_SHADE = '#de9a78';
const HAIR = '#3d2b46';
const SHIRT = '#e9795d';
const SHIRT_SHADE = '#d0644b';
const MOUTH = '#6e2433';
const TONGUE = '#e2737a';
const CHEEK = 'rgba(236, 116, 104, 0.3)';

/**
 * Paints the simulated replica: a flat, friendly, plainly drawn face in front of a still backdrop. The backdrop
 * is painted once; each frame is a copy of it and a few paths, with nothing allocated.
 */
export class ReplicaPainter {
  readonly #context: CanvasRenderingContext2D;
  readonly #backdrop: HTMLCanvasElement;

  constructor(canvas: HTMLCanvasElement) {
    canvas.width = FACE_WIDTH;
    canvas.height = FACE_HEIGHT;
    this.#context = canvas.getContext('2d', { alpha: false })!;
    this.#backdrop = paintBackdrop();
  }

  paint(pose: Readonly<FacePose>): void {
    const c = this.#context;
    c.drawImage(this.#backdrop, 0, 0);
    c.save();
    c.translate(CX, HEAD_Y);
    c.scale(SCALE, SCALE);
    // The shoulders follow the head by half, as a body does.
    this.#body(pose.headX / 2, pose.headY / 2);
    c.translate(pose.headX, pose.headY);
    c.rotate(pose.tilt);
    this.#head();
    this.#eyes(pose);
    this.#mouth(pose.mouth);
    c.restore();
  }

  /** Below the head, in the head's coordinates (its centre at 0, 0). */
  #body(dx: number, dy: number): void {
    const c = this.#context;
    c.save();
    c.translate(dx, dy);
    // Neck, with the head's shadow across its top.
    c.fillStyle = SKIN;
    c.fillRect(-46, 100, 92, 150);
    c.fillStyle = SKIN_SHADE;
    c.beginPath();
    c.ellipse(0, 146, 46, 24, 0, 0, Math.PI);
    c.fill();
    // Shoulders down past the bottom edge, and a round collar.
    c.fillStyle = SHIRT;
    c.beginPath();
    c.moveTo(-330, FACE_HEIGHT);
    c.bezierCurveTo(-330, 280, -250, 228, -120, 220);
    c.lineTo(120, 220);
    c.bezierCurveTo(250, 228, 330, 280, 330, FACE_HEIGHT);
    c.closePath();
    c.fill();
    c.fillStyle = SKIN;
    c.beginPath();
    c.ellipse(0, 220, 62, 38, 0, 0, Math.PI);
    c.fill();
    c.strokeStyle = SHIRT_SHADE;
    c.lineWidth = 10;
    c.beginPath();
    c.ellipse(0, 220, 66, 42, 0, 0, Math.PI);
    c.stroke();
    c.restore();
  }

  #head(): void {
    const c = this.#context;
    // Hair behind the head, ears, the face, then the fringe across its top.
    c.fillStyle = HAIR;
    c.beginPath();
    c.ellipse(0, -20, 150, 160, 0, 0, 2 * Math.PI);
    c.roundRect(-150, -12, 300, 130, [0, 0, 48, 48]);
    c.fill();
    c.fillStyle = SKIN;
    for (const side of SIDES) {
      c.beginPath();
      c.ellipse(side * 122, 8, 20, 30, 0, 0, 2 * Math.PI);
      c.fill();
    }
    c.beginPath();
    c.ellipse(0, 0, 122, 150, 0, 0, 2 * Math.PI);
    c.fill();
    c.fillStyle = HAIR;
    c.beginPath();
    c.ellipse(0, -16, 130, 140, 0, Math.PI * 1.04, Math.PI * 1.96);
    // A fringe swept from a parting on the left.
    c.bezierCurveTo(104, -72, 36, -70, -34, -106);
    c.bezierCurveTo(-60, -78, -100, -58, -129, -34);
    c.fill();
    c.strokeStyle = 'rgba(255, 255, 255, 0.12)';
    c.lineWidth = 10;
    c.lineCap = 'round';
    c.beginPath();
    c.ellipse(0, -20, 128, 146, 0, Math.PI * 1.2, Math.PI * 1.42);
    c.stroke();
    c.fillStyle = CHEEK;
    for (const side of SIDES) {
      c.beginPath();
      c.arc(side * 74, 40, 22, 0, 2 * Math.PI);
      c.fill();
    }
    c.fillStyle = SKIN_SHADE;
    c.beginPath();
    c.ellipse(0, 22, 11, 8, 0, 0, 2 * Math.PI);
    c.fill();
  }

  #eyes({ eyes, gazeX, gazeY, brows }: Readonly<FacePose>): void {
    const c = this.#context;
    c.lineCap = 'round';
    c.strokeStyle = INK;
    for (const side of SIDES) {
      const x = side * 48;
      const browY = -56 - brows * 8;
      c.lineWidth = 8;
      c.beginPath();
      c.moveTo(x - 22 * side, browY + 6);
      c.quadraticCurveTo(x, browY - 6, x + 22 * side, browY + 2);
      c.stroke();
      if (eyes < 0.2) {
        // Shut: a lash line.
        c.lineWidth = 6;
        c.beginPath();
        c.moveTo(x - 14, -14);
        c.quadraticCurveTo(x, -6, x + 14, -14);
        c.stroke();
        continue;
      }
      const ex = x + gazeX * 4;
      const ey = -14 + gazeY * 3;
      c.fillStyle = INK;
      c.beginPath();
      c.ellipse(ex, ey, 13, 17 * eyes, 0, 0, 2 * Math.PI);
      c.fill();
      c.fillStyle = '#fff';
      c.beginPath();
      c.arc(ex + 4, ey - 6 * eyes, 4, 0, 2 * Math.PI);
      c.fill();
    }
  }

  #mouth(opening: number): void {
    const c = this.#context;
    const y = 68;
    if (opening < 0.08) {
      c.strokeStyle = MOUTH;
      c.lineWidth = 7;
      c.beginPath();
      c.moveTo(-30, y - 4);
      c.quadraticCurveTo(0, y + 16, 30, y - 4);
      c.stroke();
      return;
    }
    // Open: narrower and taller the wider it opens, with teeth above and the tongue below.
    const half = 34 - 6 * opening;
    const depth = 12 + 48 * opening;
    c.save();
    c.beginPath();
    c.moveTo(-half, y - 4);
    c.quadraticCurveTo(0, y + 4, half, y - 4);
    c.quadraticCurveTo(0, y + depth, -half, y - 4);
    c.fillStyle = MOUTH;
    c.fill();
    c.clip();
    c.fillStyle = '#fff';
    c.fillRect(-half, y - 6, 2 * half, 5 + 5 * opening);
    c.fillStyle = TONGUE;
    c.beginPath();
    c.ellipse(0, y + depth * 0.5, half * 0.6, depth * 0.28, 0, 0, 2 * Math.PI);
    c.fill();
    c.restore();
  }
}

const SIDES = [-1, 1] as const;

/** The still backdrop: a deep blue wash, a soft light behind the head, a few out-of-focus circles, a label. */
function paintBackdrop(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = FACE_WIDTH;
  canvas.height = FACE_HEIGHT;
  const c = canvas.getContext('2d')!;
  const wash = c.createLinearGradient(0, 0, 0, FACE_HEIGHT);
  wash.addColorStop(0, '#2f3b6e');
  wash.addColorStop(1, '#171d3b');
  c.fillStyle = wash;
  c.fillRect(0, 0, FACE_WIDTH, FACE_HEIGHT);
  const light = c.createRadialGradient(CX, HEAD_Y, 40, CX, HEAD_Y, 420);
  light.addColorStop(0, 'rgba(130, 160, 240, 0.45)');
  light.addColorStop(1, 'rgba(130, 160, 240, 0)');
  c.fillStyle = light;
  c.fillRect(0, 0, FACE_WIDTH, FACE_HEIGHT);
  c.fillStyle = 'rgba(200, 215, 255, 0.06)';
  for (const [x, y, r] of [
    [170, 170, 110],
    [300, 560, 70],
    [1090, 150, 80],
    [1130, 560, 150],
  ] as const) {
    c.beginPath();
    c.arc(x, y, r, 0, 2 * Math.PI);
    c.fill();
  }
  // Top left of the portrait strip: a phone's crop keeps it, and a self-view in the top right corner leaves it clear.
  const left = CX - (FACE_HEIGHT * 9) / 16 / 2 + 28;
  c.font = '600 20px system-ui, sans-serif';
  c.textBaseline = 'middle';
  const label = 'Simulated replica';
  const width = c.measureText(label).width + 32;
  c.fillStyle = 'rgba(255, 255, 255, 0.12)';
  c.beginPath();
  c.roundRect(left, 26, width, 36, 18);
  c.fill();
  c.fillStyle = 'rgba(255, 255, 255, 0.85)';
  c.fillText(label, left + 16, 45);
  return canvas;
}
