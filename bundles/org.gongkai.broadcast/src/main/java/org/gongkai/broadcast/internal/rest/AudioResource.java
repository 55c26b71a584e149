package org.gongkai.broadcast.internal.rest;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.AsyncResponse;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.broadcast.audio.AudioFile;
import org.gongkai.broadcast.audio.AudioInfo;
import org.gongkai.broadcast.audio.BroadcastAudioService;
import org.gongkai.broadcast.audio.SpeechStatus;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Broadcast audio over REST under /api/broadcast/audio: the synthesiser's status, a broadcast's audio list, upload
 * (the file as the request body), synthesis (answered when the audio is stored, without holding a server thread),
 * the choice of what plays, and the files themselves — for staff with their login, for terminals with a signed link,
 * whole or by byte range (players resume downloads and seek in MP3s with {@code Range}).
 * Thin over {@link BroadcastAudioService}.
 */
@Component(service = AudioResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("broadcast/audio")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AudioResource {
    private final BroadcastAudioService audio;

    /** Which audio plays; null or blank = automatic. */
    public record Choice(String audioId) {
    }

    @Activate
    public AudioResource(@Reference BroadcastAudioService audio) {
        this.audio = audio;
    }

    @GET
    @Path("speech")
    public SpeechStatus speech(@Context SecurityContext sc) {
        Actors.of(sc);
        return audio.speech();
    }

    @GET
    @Path("of/{broadcastId}")
    public List<AudioInfo> list(@PathParam("broadcastId") String broadcastId, @Context SecurityContext sc) {
        return audio.list(Actors.of(sc), broadcastId);
    }

    /** A recording (WAV or MP3) as the request body; its type is judged from the content, not the header. */
    @POST
    @Path("of/{broadcastId}")
    @Consumes(MediaType.WILDCARD)
    public AudioInfo upload(@PathParam("broadcastId") String broadcastId, @QueryParam("label") String label,
            InputStream body, @Context SecurityContext sc) {
        return audio.upload(Actors.of(sc), broadcastId, label, body);
    }

    @POST
    @Path("of/{broadcastId}/synthesize")
    @Consumes(MediaType.WILDCARD)
    public void synthesize(@PathParam("broadcastId") String broadcastId, @Context SecurityContext sc,
            @Suspended AsyncResponse response) {
        try {
            audio.synthesize(Actors.of(sc), broadcastId).whenComplete((info, e) -> {
                if (e == null) {
                    response.resume(info);
                } else {
                    response.resume(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
                }
            });
        } catch (RuntimeException e) {
            response.resume(e);
        }
    }

    @PUT
    @Path("of/{broadcastId}/choice")
    public List<AudioInfo> choose(@PathParam("broadcastId") String broadcastId, Choice choice,
            @Context SecurityContext sc) {
        return audio.choose(Actors.of(sc), broadcastId, choice == null ? null : choice.audioId());
    }

    @DELETE
    @Path("of/{broadcastId}/{audioId}")
    public List<AudioInfo> delete(@PathParam("broadcastId") String broadcastId,
            @PathParam("audioId") String audioId, @Context SecurityContext sc) {
        var actor = Actors.of(sc);
        audio.delete(actor, broadcastId, audioId);
        return audio.list(actor, broadcastId);
    }

    /**
     * The audio file: terminals present the signed link's {@code exp} and {@code sig}; staff without them need their
     * login and sight of the broadcast.
     */
    @GET
    @Path("{audioId}")
    @Public
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("audioId") String audioId, @QueryParam("exp") String exp,
            @QueryParam("sig") String sig, @HeaderParam("Range") String range, @Context SecurityContext sc) {
        AudioFile f = sig != null || exp != null ? audio.openSigned(audioId, exp, sig) : audio.open(Actors.of(sc),
                audioId);
        byte[] data = f.data();
        ByteRange.Answer asked = ByteRange.of(range, data.length);
        Response.ResponseBuilder answer;
        if (asked instanceof ByteRange.Part part) {
            int first = (int) part.range().first();
            answer = Response.status(206).type(f.contentType()).header("Content-Range", part.range().contentRange())
                    .entity(Arrays.copyOfRange(data, first, first + (int) part.range().size()));
        } else if (asked instanceof ByteRange.Unsatisfiable none) {
            answer = Response.status(416).header("Content-Range", "bytes */" + none.length());
        } else {
            answer = Response.ok(data, f.contentType());
        }
        String name = f.id() + (f.contentType().equals("audio/mpeg") ? ".mp3" : ".wav");
        return answer.header("Accept-Ranges", "bytes")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
