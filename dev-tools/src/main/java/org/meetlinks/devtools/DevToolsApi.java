package org.meetlinks.devtools;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS application of the dev tools (context root /dev-tools). */
@ApplicationPath("/")
public class DevToolsApi extends Application {}
