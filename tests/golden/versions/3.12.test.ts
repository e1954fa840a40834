// Golden corpus on CPython 3.12 (see ../golden-suite.ts).
import { defineGoldenSuite } from "../golden-suite";

defineGoldenSuite("3.12");
