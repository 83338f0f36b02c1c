package bench.minimal;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** GET reads one row by id, POST inserts one: the least a REST + Panache service does with its database. */
@Path("/items")
public class ItemResource {
    public record NewItem(String name) {}

    @GET
    @Path("/{id}")
    public Item get(@PathParam("id") long id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    @POST
    @Transactional
    public Response create(NewItem body) {
        Item item = new Item();
        item.name = body.name();
        item.persist();
        return Response.created(URI.create("/items/" + item.id)).entity(item).build();
    }
}
