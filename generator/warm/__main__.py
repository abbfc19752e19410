"""`python -m generator.warm`: a site's warm build process (`generator.warm.server`)."""

import sys

from generator.warm.server import main

sys.exit(main())
