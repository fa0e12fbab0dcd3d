using Microsoft.AspNetCore.Mvc;

namespace Shop.Controllers;

[ApiController]
[Route("api/[controller]")]
public class UsersController : ControllerBase  // @def class UsersController
{
    [HttpGet]  // @route GET /api/[controller] UsersController.List
    public string List() => "users";  // @def method UsersController.List

    [HttpGet("{id}")]  // @route GET /api/[controller]/{id} UsersController.Get
    public string Get(int id) => "user";  // @def method UsersController.Get

    [HttpPost]  // @route POST /api/[controller] UsersController.Create
    public string Create([FromBody] string body) => "created";  // @def method UsersController.Create

    [HttpPut("{id}")]  // @route PUT /api/[controller]/{id} UsersController.Replace
    public string Replace(int id) => "replaced";  // @def method UsersController.Replace

    [HttpDelete("{id}", Name = "DeleteUser")]  // @route DELETE /api/[controller]/{id} UsersController.Delete
    public void Delete(int id) { }  // @def method UsersController.Delete

    [HttpPatch(template: "{id}")]  // @route PATCH /api/[controller]/{id} UsersController.Patch
    public string Patch(int id) => "patched";  // @def method UsersController.Patch

    [Route("ping")]  // @route ANY /api/[controller]/ping UsersController.Ping
    public string Ping() => "pong";  // @def method UsersController.Ping
}
