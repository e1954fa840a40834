// Golden corpus on CPython 3.11 (see ../golden-suite.ts).
import { defineGoldenSuite } from "../golden-suite";

defineGoldenSuite("3.11");
