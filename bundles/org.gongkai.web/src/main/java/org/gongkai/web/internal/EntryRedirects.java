package org.gongkai.web.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Sends {@code /}, {@code /ui} and {@code /portal} (with or without the slash) to the pages' index files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"", "/ui", "/ui/", "/portal", "/portal/"})
public class EntryRedirects extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String target = path.startsWith("/portal") ? "/portal/index.html" : "/ui/index.html";
        resp.sendRedirect(target);
    }
}
