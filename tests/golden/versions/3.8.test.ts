// Golden corpus on CPython 3.8 (see ../golden-suite.ts).
import { defineGoldenSuite } from "../golden-suite";

defineGoldenSuite("3.8");
