// Golden corpus on CPython 3.13 (see ../golden-suite.ts).
import { defineGoldenSuite } from "../golden-suite";

defineGoldenSuite("3.13");
