// Golden corpus on CPython 3.9 (see ../golden-suite.ts).
import { defineGoldenSuite } from "../golden-suite";

defineGoldenSuite("3.9");
