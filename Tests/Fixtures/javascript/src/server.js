// Express-style registrations: middleware in order, then the handler.
const express = require('express');

const app = express(); // @def constant app

function auth(req, res, next) { // @def function auth
  next();
}

function listUsers(req, res) { // @def function listUsers
  res.json([]);
}

app.use('/api', auth); // @route USE /api auth
app.get('/users', auth, listUsers); // @route GET /users listUsers
app.post('/users', (req, res) => res.send('ok')); // @route POST /users -

async function loadPlugin(name) { // @def function loadPlugin
  return import(`./plugins/${name}.js`); // @blindspot dynamic_import
}

function evaluate(code) { // @def function evaluate
  return eval(code); // @blindspot eval
}

module.exports = app;
